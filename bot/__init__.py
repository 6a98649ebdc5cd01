"""Messaging adapters (web, Telegram, Discord), the platform-free ChatService and the model runtime."""
