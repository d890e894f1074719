"""The few style rules the widgets share, so that a problem looks the same everywhere."""

ERROR_TEXT = "color: #b00020;"
"""A problem written next to the field it concerns: red on the light and the dark palettes."""
