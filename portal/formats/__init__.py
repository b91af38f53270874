"""Date formats where Django's own do not fit the portal (FORMAT_MODULE_PATH): English dates in
the British order, like the Swedish and Ukrainian ones; Ukrainian days without a leading zero."""
