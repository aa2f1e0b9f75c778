"""Reading inputs and writing timelines."""
