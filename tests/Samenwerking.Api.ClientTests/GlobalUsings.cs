global using Samenwerking.Api.ClientTests.Generated;
global using Samenwerking.Api.ClientTests.Infrastructure;
global using Samenwerking.Api.Tests.Infrastructure;
