"""The Qt application: main window, menus, docks, settings."""
