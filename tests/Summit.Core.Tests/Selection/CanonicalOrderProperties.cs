using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Selection;

namespace Summit.Core.Tests.Selection;

public sealed class CanonicalOrderProperties
{
    [Fact]
    public void SortByOrdinalId_AnyStrings_EqualsOrdinalSort()
    {
        var chars = Gen.Elements('a', 'b', '\0', 'Z', '\u00FF', '\u0100', '\u0101', '\uFFFF');
        var ids = Gen.ListOf(Gen.ArrayOf(chars, 10).SelectMany(a => Gen.Choose(0, 10).Select(len => new string(a, 0, len))), 40)
            .Select(list => list.Distinct(StringComparer.Ordinal).ToArray());
        Prop.ForAll(ids.ToArbitrary(), list =>
        {
            var items = Enumerable.Range(0, list.Length).ToArray();
            CanonicalOrder.SortByOrdinalId(items, list);
            return items.Select(i => list[i]).SequenceEqual(list.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void SortByColumns_AnyRanges_EqualsLexicographicSort()
    {
        var values = Gen.Elements(long.MinValue, long.MaxValue, 0L, 1L, -1L, 1L << 40, 3L);
        var cases = from n in Gen.Choose(0, 30)
                    from width in Gen.Choose(0, 3)
                    from columns in Gen.ArrayOf(Gen.ArrayOf(Gen.OneOf(values, Gen.Choose(0, 3).Select(x => (long)x)), n), width)
                    select (n, columns);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var expected = Enumerable.Range(0, c.n).ToArray();
            Array.Sort(expected, (a, b) =>
            {
                foreach (var column in c.columns)
                {
                    var r = column[a].CompareTo(column[b]);
                    if (r != 0)
                    {
                        return r;
                    }
                }

                return a.CompareTo(b);
            });
            return CanonicalOrder.SortByColumns(c.columns, c.n).SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RankOrder_PartialPrefixThenPositions_MatchesFullSort()
    {
        var values = Gen.Elements(long.MinValue, long.MaxValue, 0L, 1L, -1L, 1L << 40, 3L);
        var cases = from n in Gen.Choose(0, 30)
                    from width in Gen.Choose(0, 3)
                    from columns in Gen.ArrayOf(Gen.ArrayOf(Gen.OneOf(values, Gen.Choose(0, 3).Select(x => (long)x)), n), width)
                    from taken in Gen.Choose(0, n)
                    select (n, columns, taken);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var expected = CanonicalOrder.SortByColumns(c.columns, c.n);
            var lazy = RankOrder.ByColumns(c.columns, c.n);
            for (var r = 0; r < c.taken; r++)
            {
                if (!lazy.TryGet(r, out var item) || item != expected[r])
                {
                    return false;
                }
            }

            return Enumerable.Range(0, c.n).All(r => lazy.PositionOf(expected[r]) == r + 1)
                && !lazy.TryGet(c.n, out _);
        }).QuickCheckThrowOnFailure();
    }
}
