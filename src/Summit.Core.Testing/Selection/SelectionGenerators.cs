using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Selection;
using Summit.Core.Summits;

namespace Summit.Core.Testing.Selection;

/// <summary>FsCheck generators for registrations, topic proposals and selection contexts.</summary>
/// <remarks>
/// <para>Values are small and collide on purpose (a few projects and organizations, submission instants on a coarse grid)
/// so quotas, caps and ties are exercised. Registration identifiers are unique within a list (<c>r01</c>, <c>r02</c>, …).</para>
/// <para>Naming rule of this package: a <c>…Generators</c> class has static methods that return a <see cref="Gen{T}"/>
/// (no shrinking; pass sizes, compose freely); the matching <c>…Arbitraries</c> class (<see cref="SelectionArbitraries"/>)
/// has static properties that return an <see cref="Arbitrary{T}"/>, built from these generators plus a shrinker, ready
/// for <c>[Property(Arbitrary = [typeof(SelectionArbitraries)])]</c>.</para>
/// </remarks>
public static class SelectionGenerators
{
    private static readonly Instant Start = Instant.FromUtc(2024, 3, 1, 0, 0);
    private static readonly string[] ProjectNames = ["pip", "setuptools", "uv", "conda", "hatch", "poetry"];
    private static readonly string?[] Organizations = [null, "PSF", "Anaconda", "Astral", "Quansight"];

    /// <summary>Generates one registration; its identifier is <c>r00</c> until a list generator numbers it.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Registration> Registration() =>
        from minutes in Gen.Choose(0, 20).Select(m => m * 90)
        from roles in Gen.SubListOf(Enum.GetValues<StakeholderRole>())
        from projects in Gen.SubListOf(ProjectNames).Select(p => p.Take(2).ToImmutableArray())
        from organization in Gen.Elements(Organizations)
        from active in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        from observer in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        select new Registration("r00", "Person", Start + Duration.FromMinutes(minutes))
        {
            Roles = [.. roles],
            Projects = projects,
            Organization = organization,
            IsActiveToolContributor = active,
            Attendance = observer ? AttendanceKind.Observer : AttendanceKind.Participant,
        };

    /// <summary>Generates a list of registrations with unique identifiers <c>r01</c>, <c>r02</c>, …</summary>
    /// <param name="maxCount">The most registrations in a list.</param>
    /// <returns>The generator.</returns>
    public static Gen<ImmutableArray<Registration>> Registrations(int maxCount = 30) =>
        from count in Gen.Choose(0, Math.Max(0, maxCount))
        from list in Gen.ListOf(Registration(), count)
        select Number(list);

    /// <summary>Generates one topic proposal with an identifier <c>t00</c> until a list generator numbers it.</summary>
    /// <returns>The generator.</returns>
    public static Gen<TopicProposal> TopicProposal() =>
        from lightning in Gen.Elements(true, false)
        from talk in Gen.Elements(5, 10)
        from discussion in Gen.Elements(15, 20, 25, 30)
        from proposers in Gen.Choose(1, 2)
        select new TopicProposal("t00", "Topic", Start)
        {
            WantsLightningTalk = lightning,
            LightningTalkMinutes = talk,
            DesiredDiscussionMinutes = discussion,
            Proposers = [.. Enumerable.Range(1, proposers).Select(i => "Proposer " + i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        };

    /// <summary>Generates a list of topic proposals with unique identifiers <c>t01</c>, <c>t02</c>, …</summary>
    /// <param name="maxCount">The most proposals in a list.</param>
    /// <returns>The generator.</returns>
    public static Gen<ImmutableArray<TopicProposal>> TopicProposals(int maxCount = 15) =>
        from count in Gen.Choose(0, Math.Max(0, maxCount))
        from list in Gen.ListOf(TopicProposal(), count)
        select Number(list);

    /// <summary>Generates valid selection contexts of registrations: capacity, standby places, a seeded or RFC 3797 source and some already confirmed.</summary>
    /// <param name="maxCandidates">The most registrations in a context.</param>
    /// <returns>The generator.</returns>
    public static Gen<SelectionContext<Registration>> RegistrationContexts(int maxCandidates = 30) =>
        from registrations in Registrations(maxCandidates)
        from capacity in Gen.Choose(0, registrations.Length + 2)
        from standby in Gen.Choose(0, 5)
        from confirmed in Gen.Choose(0, Math.Min(capacity, registrations.Length) / 2)
        from rfc in Gen.Elements(true, false)
        from seed in Gen.Choose(0, 9999)
        let random = rfc
            ? RandomSources.Rfc3797([[seed], [seed % 7, seed % 13, seed % 31]]).Value
            : RandomSources.Seeded("seed-" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture))
        select SelectionContext.ForRegistrations(registrations, capacity, standby, Start + Duration.FromDays(40), random, registrations.Take(confirmed).Select(r => r.Id)).Value;

    /// <summary>Gives the registrations the identifiers <c>r01</c>, <c>r02</c>, … and names in list order.</summary>
    internal static ImmutableArray<Registration> Number(IEnumerable<Registration> list) =>
        [.. list.Select((r, i) => r with
        {
            Id = "r" + (i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
            Name = "Person " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        })];

    /// <summary>Gives the proposals the identifiers <c>t01</c>, <c>t02</c>, … and titles in list order.</summary>
    internal static ImmutableArray<TopicProposal> Number(IEnumerable<TopicProposal> list) =>
        [.. list.Select((p, i) => p with
        {
            Id = "t" + (i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
            Title = "Topic " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        })];

    /// <summary>Gets the first submission instant of generated registrations.</summary>
    internal static Instant FirstSubmission => Start;
}
