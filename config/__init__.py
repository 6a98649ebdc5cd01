"""Typed settings: `load_settings()` builds the one `Settings` object that is passed down."""

from config.settings import Settings, SettingsError, load_settings

__all__ = ["Settings", "SettingsError", "load_settings"]
