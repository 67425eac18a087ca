namespace PlanTracker.Data;

/// <summary>A database problem a user can act on (unreadable file, locked, wrong provider): the message is for people.</summary>
public sealed class DatabaseException(string message, Exception? inner = null) : Exception(message, inner);
