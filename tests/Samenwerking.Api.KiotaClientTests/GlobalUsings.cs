global using Samenwerking.Api.KiotaClientTests.Generated;
global using Samenwerking.Api.KiotaClientTests.Generated.Models;
global using Samenwerking.Api.KiotaClientTests.Infrastructure;
global using Samenwerking.Api.Tests.Infrastructure;
