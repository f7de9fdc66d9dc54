package org.familycontext.presentation.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The container's error page (see web.xml) for anything outside JAX-RS: unknown paths, errors in
 * filters. Servlets are created by the container, hence field injection here.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ErrorPageRenderer renderer;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        List<String> segments = uri == null ? List.of()
                : Arrays.stream(uri.toString().split("/")).filter(s -> !s.isEmpty()).toList();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(renderer.page(status, segments, cause));
    }
}
