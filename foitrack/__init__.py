"""foitrack: track Freedom of Information requests and extract what the replies say."""

__version__ = "0.1.0"
