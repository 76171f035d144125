"""The window's dialogs: the case form, the export dialog, "the packet is ready"."""
