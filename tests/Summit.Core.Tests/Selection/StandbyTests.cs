using FluentResults;
using Summit.Core.Selection;
using static Summit.Core.Tests.Selection.SelectionTestData;

namespace Summit.Core.Tests.Selection;

public sealed class StandbyTests
{
    private static SelectionResult<Summit.Core.Summits.Registration> FiveForTwoPlusTwo()
    {
        var people = Enumerable.Range(1, 5).Select(i => Person("p" + i, i)).ToArray();
        return SelectionPolicies.Run(SelectionPolicies.FirstComeFirstServed(), Context(people, capacity: 2, standby: 2)).Value;
    }

    [Fact]
    public void Decline_Selected_PromotesRankOneOnlyAndShiftsRanks()
    {
        var result = FiveForTwoPlusTwo().Decline("p1", At).Value;
        Assert.Equal(["p2", "p3"], result.Selected.Select(o => o.Id));
        Assert.Equal(SelectionReasonCodes.Promoted, result.Find("p3")!.Reasons[0].Code);
        Assert.Equal(("p4", 1), (result.Standby.Single().Id, result.Standby.Single().StandbyRank!.Value));
        Assert.Equal(SelectionReasonCodes.Declined, result.Find("p1")!.Reasons[0].Code);
        Assert.Equal([SelectionEventKind.Declined, SelectionEventKind.Promoted], result.History.Select(e => e.Kind));
    }

    [Fact]
    public void Decline_Standby_ClosesGap()
    {
        var result = FiveForTwoPlusTwo().Decline("p3", At).Value;
        Assert.Equal(1, result.Find("p4")!.StandbyRank);
        Assert.Equal(2, result.Selected.Length);
        Assert.Single(result.History);
    }

    [Fact]
    public void Decline_EmptyStandby_LeavesFreePlaceForWalkIn()
    {
        var result = FiveForTwoPlusTwo().Decline("p1", At).Value.Decline("p2", At).Value.Decline("p3", At).Value;
        Assert.Equal(1, result.FreePlaces);
        var walkedIn = result.AddWalkIn(Person("walk"), At).Value;
        Assert.Equal(0, walkedIn.FreePlaces);
        Assert.Equal(SelectionReasonCodes.WalkIn, walkedIn.Find("walk")!.Reasons[0].Code);
        Assert.Equal(SelectionEventKind.WalkIn, walkedIn.History[^1].Kind);
        Assert.Equal(ErrorCodes.Selection.NoFreePlace, walkedIn.AddWalkIn(Person("walk2"), At).Codes()[0]);
    }

    [Fact]
    public void AddWalkIn_NotSelectedCandidate_TakesFreePlace()
    {
        var result = FiveForTwoPlusTwo().Decline("p1", At).Value.Decline("p2", At).Value.Decline("p3", At).Value;
        var walkedIn = result.AddWalkIn(Person("p5", 5), At).Value;
        Assert.Equal(SelectionOutcomeKind.Selected, walkedIn.Find("p5")!.Kind);
        Assert.Equal(5, walkedIn.Outcomes.Length);
    }

    [Fact]
    public void AddWalkIn_FullRoom_Fails()
    {
        Assert.Equal(ErrorCodes.Selection.NoFreePlace, FiveForTwoPlusTwo().AddWalkIn(Person("x"), At).Codes()[0]);
    }

    [Fact]
    public void Decline_UnknownOrNotHolding_FailsWithCodes()
    {
        var result = FiveForTwoPlusTwo();
        Assert.Equal(ErrorCodes.Selection.UnknownCandidate, result.Decline("nobody", At).Codes()[0]);
        Assert.Equal(ErrorCodes.Selection.NotHoldingPlace, result.Decline("p5", At).Codes()[0]);
    }

    [Fact]
    public void Decline_OriginalResult_Unchanged()
    {
        var original = FiveForTwoPlusTwo();
        _ = original.Decline("p1", At);
        Assert.Equal(SelectionOutcomeKind.Selected, original.Find("p1")!.Kind);
        Assert.Empty(original.History);
    }
}
