namespace Summit.Core.Export;

/// <summary>Settings of the frab schedule exports (XML and JSON).</summary>
/// <remarks>Immutable. Every property has a usable default, so <c>new FrabExportOptions()</c> is enough.</remarks>
public sealed record FrabExportOptions
{
    /// <summary>Gets the conference acronym; <see langword="null"/> uses the summit id. Either is lower-cased, other characters than a–z and 0–9 become <c>_</c>, and it is padded to 4 characters (the frab patterns). The default value is <see langword="null"/>.</summary>
    public string? Acronym { get; init; }

    /// <summary>Gets the base URL of event pages (<c>https://…/</c>); <see langword="null"/> gives each event the URL <c>urn:uuid:GUID</c>. The default value is <see langword="null"/>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Gets the language code of every event. The default value is <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Gets the schedule version string. The default value is <c>1.0</c>.</summary>
    public string Version { get; init; } = "1.0";
}
