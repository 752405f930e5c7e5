using Xunit.v3;

[assembly: CollectionBehavior(typeof(Samenwerking.Api.Tests.Infrastructure.ApiPerTestClass))]

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// One test collection per class, as xunit does by default, where every class whose constructor takes an
/// <see cref="ApiFactory"/> gets one of its own: a new API on a new database, disposed when the class is done.
/// Test classes need no declaration for it, and classes still run in parallel with each other.
/// </summary>
public sealed class ApiPerTestClass(IXunitTestAssembly testAssembly) : CollectionPerClassTestCollectionFactory(testAssembly)
{
    protected override IXunitTestCollection GetDefaultTestCollection(Type testClass) =>
        new XunitTestCollection(
            TestAssembly,
            collectionDefinition: TakesApi(testClass) ? typeof(OwnApi) : null,
            disableParallelization: false,
            CollectionAttribute.GetCollectionNameForType(testClass));

    private static bool TakesApi(Type testClass) =>
        testClass.GetConstructors().Any(constructor => constructor.GetParameters().Any(parameter => parameter.ParameterType == typeof(ApiFactory)));

    /// <summary>The collection definition that makes <see cref="ApiFactory"/> a class fixture of each class in the collection.</summary>
    public sealed class OwnApi : IClassFixture<ApiFactory>;
}
