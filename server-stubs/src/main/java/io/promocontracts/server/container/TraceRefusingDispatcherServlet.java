package io.promocontracts.server.container;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

import java.io.IOException;

/**
 * Spring's dispatcher, with TRACE handled like any other method: a path that does not serve it is
 * answered 405 with its own {@code Allow} (or 404). Spring's own TRACE handling would append the
 * servlet's echo of the request to that answer.
 */
class TraceRefusingDispatcherServlet extends DispatcherServlet {

    @Override
    protected void doTrace(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        processRequest(request, response);
    }
}
