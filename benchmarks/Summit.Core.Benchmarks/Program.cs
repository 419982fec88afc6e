using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Summit.Core.Benchmarks;
using Summit.Core.Benchmarks.Stv;

if (StvMeasurements.TryRun(args) || Summit.Core.Benchmarks.Scheduling.PackingStudy.TryRun(args))
{
    return;
}

var benchmarks = typeof(Program).Assembly.GetTypes()
    .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
    .ToList();
if (SharedData.Folder is null)
{
    var skipped = benchmarks.Where(t => t.GetCustomAttribute<RequiresSharedDataAttribute>() is not null).ToList();
    Console.WriteLine($"../shared/data not found: skipping {string.Join(", ", skipped.Select(t => t.Name))}.");
    benchmarks = [.. benchmarks.Except(skipped)];
}

BenchmarkSwitcher.FromTypes([.. benchmarks]).Run(args);
