using NodaTime;
using FluentResults;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Timing;

public sealed class DeadlinePolicyTests
{
    private static readonly Deadline April1 = Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2024, 4, 1));
    private static readonly Instant Close = Instant.FromUtc(2024, 4, 2, 12, 0);

    [Fact]
    public void Check_WithGrace_ClassifiesOnTimeGraceAndLate()
    {
        var policy = DeadlinePolicy.For(April1).WithGrace(Duration.FromMinutes(15)).Value;
        Assert.Equal(SubmissionTimeliness.OnTime, policy.Check(Close - Duration.FromSeconds(1)).Timeliness);
        Assert.Equal(SubmissionTimeliness.LateWithinGrace, policy.Check(Close).Timeliness);
        Assert.Equal(SubmissionTimeliness.LateWithinGrace, policy.Check(Close + Duration.FromMinutes(15) - Duration.FromTicks(1)).Timeliness);
        var late = policy.Check(Close + Duration.FromMinutes(15));
        Assert.Equal(SubmissionTimeliness.Late, late.Timeliness);
        Assert.False(late.IsAccepted);
        Assert.Equal(Duration.FromMinutes(15), late.Lateness);
    }

    [Fact]
    public void WithGrace_Negative_IsCodedError() =>
        Assert.Equal(ErrorCodes.Timing.GraceNegative, DeadlinePolicy.For(April1).WithGrace(Duration.FromMinutes(-1)).Codes()[0]);

    [Fact]
    public void Check_ExtensionAppliesOnlyToItsPerson_AndIsRecorded()
    {
        var extension = new DeadlineExtension("r42", Close + Duration.FromDays(2), "Pradyun", "travel visa delay");
        var policy = DeadlinePolicy.For(April1).WithExtension(extension).Value;
        var at = Close + Duration.FromDays(1);
        var forPerson = policy.Check(at, "r42");
        Assert.Equal(SubmissionTimeliness.OnTime, forPerson.Timeliness);
        Assert.Same(extension, forPerson.Extension);
        Assert.Equal(SubmissionTimeliness.Late, policy.Check(at, "r43").Timeliness);
        Assert.Equal(SubmissionTimeliness.Late, policy.Check(at).Timeliness);
    }

    [Fact]
    public void WithExtension_LaterGrantReplacesEarlier()
    {
        var first = new DeadlineExtension("r1", Close + Duration.FromDays(1), "A", "one");
        var second = new DeadlineExtension("r1", Close + Duration.FromDays(3), "B", "two");
        var policy = DeadlinePolicy.For(April1).WithExtension(first).Value.WithExtension(second).Value;
        Assert.Equal(second, Assert.Single(policy.Extensions));
    }

    [Theory]
    [InlineData(0, "A", "why")]
    [InlineData(-1, "A", "why")]
    [InlineData(1, "", "why")]
    [InlineData(1, "A", " ")]
    public void WithExtension_NotLaterOrUnexplained_IsCodedError(int days, string grantedBy, string reason)
    {
        var ext = new DeadlineExtension("r1", Close + Duration.FromDays(days), grantedBy, reason);
        Assert.Equal(ErrorCodes.Timing.ExtensionInvalid, DeadlinePolicy.For(April1).WithExtension(ext).Codes()[0]);
    }
}
