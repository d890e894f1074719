"""BadgeDesk: a desktop admin console for the Parchment Digital Badges API v2."""

__version__ = "0.1.0"
