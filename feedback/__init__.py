"""The feedback store: users, conversations, messages, ratings (scrubbed text only)."""

from feedback.models import Conversation, Message, Rating, User
from feedback.store import NotFound, Store

__all__ = ["Conversation", "Message", "NotFound", "Rating", "Store", "User"]
