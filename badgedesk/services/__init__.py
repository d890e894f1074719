"""Use cases the UI calls: plain coroutines and callbacks, no widgets."""
