using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Summits;
using Summit.Core.Voting;

namespace Summit.Core.Tests;

public sealed class EquatableArrayTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 4, 1, 12, 0);

    [Fact]
    public void Default_IsTheEmptyArray()
    {
        EquatableArray<string> none = default;

        Assert.Equal(0, none.Length);
        Assert.True(none.Count == 0);
        Assert.True(none.IsEmpty);
        Assert.True(none.IsDefaultOrEmpty);
        Assert.Empty(none);
        Assert.True(none.AsSpan().IsEmpty);
        Assert.False(none.AsImmutableArray().IsDefault);
        Assert.False(((ImmutableArray<string>)none).IsDefault);
        Assert.Equal<EquatableArray<string>>([], none);
        Assert.True(none == EquatableArray.Create<string>([]));
        Assert.Equal(((EquatableArray<string>)[]).GetHashCode(), none.GetHashCode());
        Assert.Equal("[]", none.ToString());
        Assert.Throws<IndexOutOfRangeException>(() => none[0]);
        foreach (var unused in none)
        {
            Assert.Fail("The default array has no elements.");
        }
    }

    [Fact]
    public void DefaultImmutableArray_IsRefusedAtConstruction()
    {
        Assert.Throws<ArgumentException>(() => new EquatableArray<int>(default(ImmutableArray<int>)));
        Assert.Throws<ArgumentException>(() => (EquatableArray<int>)default(ImmutableArray<int>));
        Assert.Throws<ArgumentNullException>(() => (EquatableArray<int>)(int[])null!);
        Assert.Throws<ArgumentException>(() => new Registration("r1", "Ada", At) { Roles = default(ImmutableArray<StakeholderRole>) });
        Assert.Throws<ArgumentException>(() => new SlotRequest("t1", "Topic") { Presenters = default(ImmutableArray<string>) });
        Assert.Throws<ArgumentException>(() => new PackingRequest(new AgendaTemplate("s", "S", DateTimeZone.Utc, "Room"), default(ImmutableArray<SlotRequest>)));
    }

    [Fact]
    public void Equality_IsByContent_AndNested()
    {
        EquatableArray<string> a = ImmutableArray.Create("x", "y");
        EquatableArray<string> b = new[] { "x", "y" };
        EquatableArray<string> c = ["x", "z"];

        Assert.True(a == b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.False(a.Equals(c.Slice(0, 1)));

        EquatableArray<EquatableArray<int>> left = [[1, 2], [3]];
        EquatableArray<EquatableArray<int>> right = [new[] { 1, 2 }, ImmutableArray.Create(3)];
        Assert.Equal<EquatableArray<EquatableArray<int>>>(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual<EquatableArray<EquatableArray<int>>>(left, [[1], [2, 3]]);
    }

    [Fact]
    public void ToString_PrintsTheElements_Invariantly()
    {
        Assert.Equal("[a, b, c]", ((EquatableArray<string>)["a", "b", "c"]).ToString());
        Assert.Equal("[[1, 2], [3]]", ((EquatableArray<EquatableArray<int>>)[[1, 2], [3]]).ToString());
        Assert.Equal("[1.5, null]", ((EquatableArray<decimal?>)[1.5m, null]).ToString());
    }

    [Fact]
    public void ListMembers_IndexesRangesAndConversions_Work()
    {
        int[] source = [1, 2, 3, 4];
        EquatableArray<int> xs = [.. source];
        source[0] = 99; // a copy, not a view

        Assert.Equal(1, xs[0]);
        Assert.Equal(4, xs[^1]);
        Assert.Equal<EquatableArray<int>>([2, 3], xs[1..3]);
        Assert.Equal<EquatableArray<int>>([2, 3], xs.Slice(1, 2));
        Assert.Equal(10, xs.AsSpan().ToArray().Sum());
        Assert.Equal(4, ((IReadOnlyList<int>)xs).Count);
        Assert.Equal(3, ((IReadOnlyList<int>)xs)[2]);
        Assert.Equal(new[] { 1, 2, 3, 4 }, xs.Select(x => x));
        ImmutableArray<int> back = xs;
        Assert.Equal(new[] { 1, 2, 3, 4 }, back.ToArray());
        var sum = 0;
        foreach (var x in xs)
        {
            sum += x;
        }

        Assert.Equal(10, sum);
        Assert.Throws<ArgumentOutOfRangeException>(() => xs.Slice(3, 2));
    }

    [Fact]
    public void Registrations_WithEqualContents_AreEqual()
    {
        var a = new Registration("r1", "Ada", At) { Roles = ImmutableArray.Create(StakeholderRole.ToolCreator), Projects = ["pip", "setuptools"] };
        var b = new Registration("r1", "Ada", At) { Roles = new[] { StakeholderRole.ToolCreator }, Projects = ImmutableArray.Create("pip", "setuptools") };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Projects = ["pip"] });
        Assert.Equal(new Registration("r2", "Bo", At), new Registration("r2", "Bo", At) { Roles = [], Projects = ImmutableArray<string>.Empty });
        Assert.Contains("Projects = [pip, setuptools]", a.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SlotRequests_WithEqualContents_AreEqual()
    {
        var a = new SlotRequest("t1", "Lock files") { Presenters = ["Ada", "Bo"], Conflicts = ["t2"], AllowedRooms = ImmutableArray.Create("Room 1") };
        var b = new SlotRequest("t1", "Lock files") { Presenters = new[] { "Ada", "Bo" }, Conflicts = ImmutableArray.Create("t2"), AllowedRooms = ["Room 1"] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Presenters = ["Bo", "Ada"] });
        Assert.Contains("Presenters = [Ada, Bo]", a.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TallyResults_WithEqualContents_AreEqual()
    {
        static TallyResult Make(string[] winners, string[][] ranking) => new(
            "approval",
            1,
            winners,
            [.. ranking.Select(t => (EquatableArray<string>)t)],
            [new TallyRound(1, "Counted", [], ["b"], [], null, 0m, 0m)],
            [],
            null,
            null,
            10);

        var a = Make(["b"], [["b", "a"], ["c"]]);
        var b = Make(["b"], [["b", "a"], ["c"]]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Make(["b"], [["b"], ["a", "c"]]));
        Assert.Contains("Ranking = [[b, a], [c]]", a.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RankedBallots_WithEqualTiers_AreEqual()
    {
        Assert.Equal(RankedBallot.FromOrder(2, 0, 1), new RankedBallot([[2], [0], [1]]));
        Assert.Equal(RankedBallot.FromOrder(2, 0, 1).GetHashCode(), new RankedBallot([[2], [0], [1]]).GetHashCode());
        Assert.NotEqual<Ballot>(new RankedBallot([[0, 1]]), new RankedBallot([[1, 0]]));
        Assert.NotEqual<Ballot>(new ApprovalBallot([0, 1]), new ScoreBallot([0, 1]));
    }
}
