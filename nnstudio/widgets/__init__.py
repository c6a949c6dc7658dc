"""Qt widgets and helpers shared by several panels (between ``document`` and the panels)."""
