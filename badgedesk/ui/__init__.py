"""Qt widgets, dialogs and models. No HTTP or SQL here: they call services."""
