"""What every layer shares: value types, state enums and date helpers. Imports nothing else
from BadgeDesk, so ui, services, api and store can all build on it without a cycle."""
