"""Qt widgets shared by several panels (one floor above the document, below the panels)."""
