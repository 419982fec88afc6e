using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The bound's lexicographic knapsack step: four cells at a time where vectors are accelerated, one at a time otherwise.</summary>
public sealed class KnapsackTests
{
    /// <summary>
    /// Adding items one after another with the vector step gives, cell by cell, the same weights and minutes as adding
    /// them one cell at a time, for every item size from 1 (where a block reads cells it is about to write) upward and
    /// every number of cells (where the last cells fall below a block).
    /// </summary>
    [Property(MaxTest = 300)]
    public bool AddItem_EqualsTheCellByCellStep(PositiveInt cellCount, NonEmptyArray<(PositiveInt Size, NonNegativeInt Value, NonNegativeInt Length)> items)
    {
        var cells = cellCount.Get % 90;
        var (vector, vectorMinutes) = (new long[cells + 1], new long[cells + 1]);
        var (plain, plainMinutes) = (new long[cells + 1], new long[cells + 1]);
        foreach (var (size, value, length) in items.Get)
        {
            // Small values, so equal weights (where the minutes decide) are common.
            var (s, v, l) = (1 + (size.Get % 12), (long)(value.Get % 4), length.Get % 50);
            PackingEvaluation.AddItem(vector, vectorMinutes, cells, s, v, l);
            PackingEvaluation.AddItemCellByCell(plain, plainMinutes, cells, s, v, l);
        }

        return vector.AsSpan().SequenceEqual(plain) && vectorMinutes.AsSpan().SequenceEqual(plainMinutes);
    }

    /// <summary>A worked case: three items of weight 9 (5 cells and 30 minutes, 3 cells and 15, 3 cells and 20) over 8 cells.</summary>
    [Fact]
    public void AddItem_KeepsTheMostWeightThenTheMostMinutes()
    {
        var (knapsack, minutes) = (new long[9], new long[9]);
        PackingEvaluation.AddItem(knapsack, minutes, 8, 5, 9, 30);
        PackingEvaluation.AddItem(knapsack, minutes, 8, 3, 9, 15);
        PackingEvaluation.AddItem(knapsack, minutes, 8, 3, 9, 20);

        Assert.Equal([0, 0, 0, 9, 9, 9, 18, 18, 18], knapsack);
        // At 5 cells the 30-minute item beats a 20-minute one of equal weight; at 8 cells two items fit, the 30 and the 20 the longest pair.
        Assert.Equal([0, 0, 0, 20, 20, 30, 35, 35, 50], minutes);
    }
}
