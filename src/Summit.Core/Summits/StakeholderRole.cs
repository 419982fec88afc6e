namespace Summit.Core.Summits;

/// <summary>The part a person plays in the ecosystem a summit serves (the Python Packaging Summit's own categories).</summary>
public enum StakeholderRole
{
    /// <summary>Creates or maintains a packaging tool (pip, setuptools, conda, uv, …).</summary>
    ToolCreator,

    /// <summary>Maintains a library that is published as a package.</summary>
    LibraryMaintainer,

    /// <summary>Develops applications that consume packages.</summary>
    ApplicationDeveloper,

    /// <summary>Redistributes packages downstream (Linux distributions, conda-forge, vendors).</summary>
    DownstreamDistributor,

    /// <summary>Uses packages and packaging tools without maintaining them.</summary>
    Consumer,
}
