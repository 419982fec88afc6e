namespace Summit.Cli.Commands;

/// <summary>The export files <c>summit plan</c> was asked to write.</summary>
internal sealed record PlanExports(string? Ics, string? FrabXml, string? FrabJson, string? Markdown = null, string? Html = null)
{
    public static readonly PlanExports None = new(null, null, null);

    /// <summary>Gets the path of the messages CSV to write, if any.</summary>
    public string? Messages { get; init; }
}
