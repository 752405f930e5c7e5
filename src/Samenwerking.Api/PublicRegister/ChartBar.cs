namespace Samenwerking.Api.PublicRegister;

/// <summary>One bar of a chart on the register's pages.</summary>
public sealed record ChartBar(string Label, int Count);
