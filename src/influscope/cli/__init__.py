"""The `influscope` command: parse, call one library function, render."""
