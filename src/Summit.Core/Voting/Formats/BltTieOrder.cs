using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Summit.Core.Voting.Formats;

/// <summary>The droop <c>[tie ...]</c> order a BLT file declared for a profile, kept beside the (immutable) profile.</summary>
/// <remarks>The order lists every candidate index once, the one a lot favours first.</remarks>
internal static class BltTieOrder
{
    private static readonly ConditionalWeakTable<BallotProfile, Holder> Orders = [];

    public static void Set(BallotProfile profile, ImmutableArray<int> order) => Orders.AddOrUpdate(profile, new Holder(order));

    public static ImmutableArray<int>? Get(BallotProfile profile) => Orders.TryGetValue(profile, out var holder) ? holder.Order : null;

    private sealed record Holder(ImmutableArray<int> Order);
}
