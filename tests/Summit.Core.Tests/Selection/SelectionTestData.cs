using NodaTime;
using Summit.Core.Selection;
using Summit.Core.Summits;

namespace Summit.Core.Tests.Selection;

/// <summary>Small hand-made registrations for example-based selection tests.</summary>
internal static class SelectionTestData
{
    public static readonly Instant Start = Instant.FromUtc(2024, 3, 1, 0, 0);

    public static readonly Instant At = Instant.FromUtc(2024, 4, 5, 12, 0);

    public static Registration Person(string id, int minute = 0, bool active = false, AttendanceKind attendance = AttendanceKind.Participant, string? org = null, params StakeholderRole[] roles) =>
        new(id, "Name " + id, Start + Duration.FromMinutes(minute))
        {
            IsActiveToolContributor = active,
            Attendance = attendance,
            Organization = org,
            Roles = [.. roles],
        };

    public static SelectionContext<Registration> Context(IEnumerable<Registration> people, int capacity, int standby = 0, IEnumerable<string>? confirmed = null, string seed = "test") =>
        SelectionContext.ForRegistrations(people, capacity, standby, At, RandomSources.Seeded(seed), confirmed).Value;

    public static SelectionOutcomeKind KindOf(SelectionResult<Registration> result, string id) => result.Find(id)!.Kind;
}
