using System.Reflection;
using NetArchTest.Rules;

namespace Samenwerking.Architecture.Tests;

/// <summary>
/// The dependency rule, Domain ← Application ← Infrastructure ← Api, checked on the compiled
/// assemblies so that a stray reference or using fails the build's tests, not a review.
/// </summary>
public sealed class DependencyRuleTests
{
    private static readonly Assembly Domain = typeof(Domain.Municipalities.Municipality).Assembly;
    private static readonly Assembly Application = typeof(Application.Common.ApplicationAssembly).Assembly;
    private static readonly Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void Domain_references_no_package_and_no_other_layer()
    {
        var referenced = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(referenced, name => Assert.True(
            name is "System.Runtime" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal),
            $"Samenwerking.Domain references {name}; the domain may depend on the base class library only."));
    }

    [Fact]
    public void Application_does_not_depend_on_infrastructure_api_aspnet_or_a_database_provider() =>
        AssertNoDependency(Application,
            "Samenwerking.Infrastructure", "Samenwerking.Api", "Microsoft.AspNetCore",
            "Npgsql", "Microsoft.EntityFrameworkCore.Relational");

    [Fact]
    public void Infrastructure_does_not_depend_on_the_api_or_aspnet() =>
        AssertNoDependency(Infrastructure, "Samenwerking.Api", "Microsoft.AspNetCore");

    [Fact]
    public void Domain_types_do_not_depend_on_outer_layers() =>
        AssertNoDependency(Domain, "Samenwerking.Application", "Samenwerking.Infrastructure", "Samenwerking.Api",
            "Microsoft.EntityFrameworkCore", "FluentValidation", "Mediator");

    [Fact]
    public void Application_handlers_are_sealed() =>
        Assert.True(Types.InAssembly(Application).That().HaveNameEndingWith("Handler").Should().BeSealed().GetResult().IsSuccessful,
            "Handlers are leaves of the design: seal them.");

    private static void AssertNoDependency(Assembly assembly, params string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful,
            $"{assembly.GetName().Name} must not depend on {string.Join(", ", forbidden)}; offending types: " +
            string.Join(", ", result.FailingTypeNames ?? []));
    }
}
