using NodaTime;
using NodaTime.Text;

namespace Summit.Core.Timing;

/// <summary>A fuzzy date such as "on or about Friday April 5" or "early April 2020": a range of dates with the words used.</summary>
/// <param name="Earliest">The first date the milestone may fall on.</param>
/// <param name="Latest">The last date the milestone may fall on; not before <paramref name="Earliest"/>.</param>
/// <param name="Description">The source's own words, for example "on or about Friday April 5".</param>
/// <remarks>Deliberately never turned into an instant: the sources do not say when on those days, nor in which zone.</remarks>
public sealed record ApproximateDate(LocalDate Earliest, LocalDate Latest, string Description)
{
    /// <summary>Creates "on or about <paramref name="date"/>".</summary>
    /// <param name="date">The date.</param>
    /// <param name="description">The source's words; defaults to "on or about DATE".</param>
    /// <returns>The approximate date.</returns>
    public static ApproximateDate OnOrAbout(LocalDate date, string? description = null) =>
        new(date, date, description ?? "on or about " + LocalDatePattern.Iso.Format(date));

    /// <summary>Returns <c>Earliest..Latest (Description)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Earliest == Latest
        ? $"~{LocalDatePattern.Iso.Format(Earliest)} ({Description})"
        : $"{LocalDatePattern.Iso.Format(Earliest)}..{LocalDatePattern.Iso.Format(Latest)} ({Description})";
}
