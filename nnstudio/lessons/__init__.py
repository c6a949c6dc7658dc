"""The Lessons panel: the tutorials' curriculum followed step by step inside the app (docs/lessons.md)."""
