"""Protection of a data folder with a passphrase, in storage.

``keys.py``: the folder's data key, sealed under the passphrase, and the keys derived from
it. ``vault.py``: how files rest in the folder (sealed when protected) and the in-memory
view the app reads them from. ``conversion.py``: turning a plain folder into a protected
one, crash-safely. ``services/protection.py`` is the operation the window and the command
line call.
"""
