using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The maximum flow behind the packer's clique bounds: direct paths first, then augmenting paths.</summary>
public sealed class DenseMaxFlowTests
{
    /// <summary>
    /// On random graphs of up to seven nodes the flow equals the smallest cut, found by trying every set of nodes on the
    /// source's side (max-flow min-cut).
    /// </summary>
    [Property(MaxTest = 400)]
    public bool Solve_EqualsTheSmallestCut(PositiveInt size, NonEmptyArray<(NonNegativeInt From, NonNegativeInt To, NonNegativeInt Capacity)> edges)
    {
        var n = 2 + (size.Get % 6);
        var capacity = new int[n * n];
        foreach (var (from, to, amount) in edges.Get)
        {
            var (u, v) = (from.Get % n, to.Get % n);
            if (u != v)
            {
                capacity[(u * n) + v] += amount.Get % 20;
            }
        }

        var flow = new DenseMaxFlow();
        capacity.CopyTo(flow.Clear(n), 0);
        return flow.Solve(0, n - 1) == SmallestCut(capacity, n);
    }

    /// <summary>
    /// A flow the direct paths alone get wrong: both of a's 10 minutes can go to lane x or y, b's only to x. Pushing a's
    /// first into x leaves b nothing, and only an augmenting path through the reverse edge (b → x → a → y) reaches 20.
    /// </summary>
    [Fact]
    public void Solve_ReroutesWhatTheDirectPathsTookFirst()
    {
        // Nodes: a 0, b 1, x 2, y 3, source 4, sink 5.
        const int n = 6;
        var flow = new DenseMaxFlow();
        var capacity = flow.Clear(n);
        capacity[(4 * n) + 0] = 10;
        capacity[(4 * n) + 1] = 10;
        capacity[(0 * n) + 2] = 10;
        capacity[(0 * n) + 3] = 10;
        capacity[(1 * n) + 2] = 10;
        capacity[(2 * n) + 5] = 10;
        capacity[(3 * n) + 5] = 10;

        Assert.Equal(20, flow.Solve(4, 5));
    }

    private static int SmallestCut(int[] capacity, int n)
    {
        var best = int.MaxValue;
        // Every set holding the source (node 0) and not the sink (node n - 1).
        for (var set = 0; set < 1 << (n - 2); set++)
        {
            var side = (set << 1) | 1;
            var cut = 0;
            for (var u = 0; u < n; u++)
            {
                for (var v = 0; v < n; v++)
                {
                    if ((side >> u & 1) == 1 && (side >> v & 1) == 0)
                    {
                        cut += capacity[(u * n) + v];
                    }
                }
            }

            best = Math.Min(best, cut);
        }

        return best;
    }
}
