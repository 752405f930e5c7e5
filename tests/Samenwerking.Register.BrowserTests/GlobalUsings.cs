global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using Microsoft.Playwright;
global using Samenwerking.Register.BrowserTests.Infrastructure;
