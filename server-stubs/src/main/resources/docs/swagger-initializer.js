// The API reference of this server: every spec of the catalog, as served at /specs/ (catalog.json
// lists them).
window.onload = function () {
  // The specs name this project's server as http://localhost:8080; "try it" requests for it go to
  // the server this page came from, whatever its port.
  var localServer = 'http://localhost:8080';
  fetch('/specs/catalog.json').then(function (response) { return response.json(); }).then(function (catalog) {
    window.ui = SwaggerUIBundle({
      urls: catalog.apis.map(function (api) { return { url: '/specs/' + api.file, name: api.title }; }),
      dom_id: '#swagger-ui',
      deepLinking: true,
      validatorUrl: null,
      displayOperationId: true,
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      plugins: [SwaggerUIBundle.plugins.DownloadUrl],
      layout: 'StandaloneLayout',
      requestInterceptor: function (request) {
        if (request.url.indexOf(localServer) === 0) {
          request.url = window.location.origin + request.url.substring(localServer.length);
        }
        return request;
      }
    });
  });
};
