# Varnish in front of the VET-WEB app servers (Debian: apt-get install varnish; Varnish 6 or 7).
#
# Caches what the app marks public (Cache-Control: public, s-maxage=PUBLIC_CACHE_S_MAXAGE) for
# anonymous visitors; passes the admin, the health checks and any request carrying one of Django's
# cookies (an editor's session, a CSRF token, a message); accepts PURGE from the app servers
# (WAGTAILFRONTENDCACHE HTTPBackend, FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:6081), which purge
# the whole site (PURGE /*) once a change visitors can see commits (caching/edge.py).
vcl 4.1;

backend app {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge: the app servers (and cron/scheduler processes) on this machine or network.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # Lurker-friendly bans (they match obj.http), on this host: a path ending in * drops every
        # URL under it (the app sends /*, the whole site); any other path drops itself and its
        # query-string variants.
        if (req.url ~ "\*$") {
            ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ ^" +
                regsub(req.url, "\*$", ""));
        } else {
            ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ ^" +
                regsub(req.url, "\?.*$", "") + "(\?|$)");
        }
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)/" || req.url ~ "^/(healthz|readyz)") {
        return (pass);
    }
    # Django's own cookies make a page personal; any other cookie (analytics) is not the app's.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages|django_language)=") {
        return (pass);
    }
    unset req.http.Cookie;
    # The site's pages vary by URL (the language is in the path), not by these.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    return (hash);
}

sub vcl_backend_response {
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-host = bereq.http.host;
    # Never serve a page older than its s-maxage (the bound docs/deployment.md states).
    set beresp.grace = 0s;
    # Pages without an explicit public lifetime are not cached (the built-in rules pass the
    # private ones and those setting a cookie).
    if (beresp.http.Cache-Control !~ "(s-maxage|max-age)=" || beresp.http.Cache-Control ~ "private") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.x-url;
    unset resp.http.x-host;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
