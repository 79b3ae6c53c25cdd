"""Platform connections and the record of every sync run."""
