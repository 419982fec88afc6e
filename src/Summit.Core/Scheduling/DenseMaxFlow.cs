namespace Summit.Core.Scheduling;

/// <summary>
/// Maximum flow on a small graph given as a dense capacity matrix (<c>capacity[u * n + v]</c>): the paths of one and two
/// edges first, then augmenting paths found depth first. The graphs of the packer's bounds have a few dozen nodes, where
/// this is simpler and faster than anything cleverer. The capacities are consumed (left as the residual graph).
/// </summary>
internal sealed class DenseMaxFlow
{
    private int[] _capacity = [];
    private int[] _parent = [];
    private int[] _stack = [];
    private int _n;

    /// <summary>Gets a cleared capacity matrix for <paramref name="n"/> nodes (reused between calls), to fill before <see cref="Solve"/>.</summary>
    public int[] Clear(int n)
    {
        _n = n;
        if (_capacity.Length < n * n)
        {
            (_capacity, _parent, _stack) = (new int[n * n], new int[n], new int[n * n]);
        }

        Array.Clear(_capacity, 0, n * n);
        return _capacity;
    }

    /// <summary>
    /// The maximum flow from <paramref name="source"/> to <paramref name="sink"/> over the matrix <see cref="Clear"/> gave;
    /// or, once the flow reaches <paramref name="enough"/>, some flow of at least that much (for a caller that only asks
    /// whether the maximum reaches it).
    /// </summary>
    public int Solve(int source, int sink, int enough = int.MaxValue)
    {
        var (n, cap, parent, stack) = (_n, _capacity, _parent, _stack);
        var flow = Direct(source, sink);
        while (flow < enough)
        {
            Array.Fill(parent, -1, 0, n);
            parent[source] = source;
            var top = 0;
            stack[top++] = source;
            while (top > 0 && parent[sink] < 0)
            {
                var u = stack[--top];
                for (var v = 0; v < n; v++)
                {
                    if (parent[v] < 0 && cap[(u * n) + v] > 0)
                    {
                        parent[v] = u;
                        stack[top++] = v;
                    }
                }
            }

            if (parent[sink] < 0)
            {
                return flow;
            }

            var push = int.MaxValue;
            for (var v = sink; v != source; v = parent[v])
            {
                push = Math.Min(push, cap[(parent[v] * n) + v]);
            }

            for (var v = sink; v != source; v = parent[v])
            {
                Push(parent[v], v, push);
            }

            flow += push;
        }

        return flow;
    }

    /// <summary>
    /// Pushes what the paths of one or two edges between <paramref name="source"/> and <paramref name="sink"/> carry, the
    /// way the packer's graphs (source, a layer or two, sink) take most of their flow, before the general search for
    /// augmenting paths: fewer, shorter searches, and the same maximum.
    /// </summary>
    private int Direct(int source, int sink)
    {
        var (n, cap) = (_n, _capacity);
        var flow = 0;
        for (var u = 0; u < n; u++)
        {
            var fromSource = cap[(source * n) + u];
            if (u == source || u == sink || fromSource <= 0)
            {
                continue;
            }

            var direct = Math.Min(fromSource, cap[(u * n) + sink]);
            if (direct > 0)
            {
                Push(source, u, direct);
                Push(u, sink, direct);
                (flow, fromSource) = (flow + direct, fromSource - direct);
            }

            for (var v = 0; v < n && fromSource > 0; v++)
            {
                if (v == source || v == sink || v == u)
                {
                    continue;
                }

                var push = Math.Min(fromSource, Math.Min(cap[(u * n) + v], cap[(v * n) + sink]));
                if (push > 0)
                {
                    Push(source, u, push);
                    Push(u, v, push);
                    Push(v, sink, push);
                    (flow, fromSource) = (flow + push, fromSource - push);
                }
            }
        }

        return flow;
    }

    private void Push(int u, int v, int amount)
    {
        _capacity[(u * _n) + v] -= amount;
        _capacity[(v * _n) + u] += amount;
    }
}
