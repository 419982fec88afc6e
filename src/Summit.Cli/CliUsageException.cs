namespace Summit.Cli;

/// <summary>Thrown inside a command for a usage error (exit code 2); caught and printed by <see cref="CliApp"/>.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
