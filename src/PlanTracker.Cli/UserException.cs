namespace PlanTracker.Cli;

/// <summary>A mistake a user can fix (bad argument, unreadable file): printed as its message, never as a stack trace.</summary>
public sealed class UserException(string message, int exitCode = ExitCodes.Usage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
