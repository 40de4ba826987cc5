#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#
# Installs and starts the container engines MLOps Studio's docker and podman runners
# drive, and creates the local base images they use — without any container registry.
#
#   packaging/container-engines.sh [--docker-only | --podman-only] [--no-images] [--print-env]
#
# What it does (each part is skipped when already done, so it is safe to run again):
#   1. apt-get installs docker.io, podman, catatonit (the init Podman runs commands
#      under, so SIGTERM stops them), runc, debootstrap and busybox-static.
#   2. Starts a Docker engine (dockerd) with its own socket, data and exec folders and
#      flags that work on machines without a firewall or bridge networking.
#   3. Configures Podman (rootful) to use runc and fixed ulimits.
#   4. Creates the images, for both engines:
#        mlops/busybox:1.35  and :latest   a busybox-static root file system
#        mlops/python:3.11   and :latest   Debian bookworm minbase + python3, numpy,
#                                           pandas, scikit-learn (debootstrap)
#
# How to reach the engines afterwards:
#   export DOCKER_HOST=unix://$MLOPS_ENGINES_RUN/docker.sock   (default /run/mlops-engines)
# The file $MLOPS_ENGINES_RUN/env holds that line for `source`. With --print-env, all
# progress goes to stderr and stdout carries only the export lines, so a caller can do
#   eval "$(packaging/container-engines.sh --print-env)"
# The studio also finds this socket by itself when DOCKER_HOST is unset.
#
# Settings (environment): MLOPS_ENGINES_DIR (persistent state, default
# /var/lib/mlops-engines), MLOPS_ENGINES_RUN (sockets and pid files, default
# /run/mlops-engines), MLOPS_DEBIAN_MIRROR (default: the mirror apt uses).
# Needs root.

set -euo pipefail

STATE_DIR=${MLOPS_ENGINES_DIR:-/var/lib/mlops-engines}
RUN_DIR=${MLOPS_ENGINES_RUN:-/run/mlops-engines}
DOCKER_SOCKET="$RUN_DIR/docker.sock"
SUITE=bookworm
PYTHON_PACKAGES=python3,python3-numpy,python3-pandas,python3-sklearn

want_docker=1
want_podman=1
want_images=1
print_env=0
for arg in "$@"; do
    case "$arg" in
        --docker-only) want_podman=0 ;;
        --podman-only) want_docker=0 ;;
        --no-images) want_images=0 ;;
        --print-env) print_env=1 ;;
        -h|--help) sed -n '4,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "container-engines.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$print_env" = 1 ]; then
    exec 3>&1 1>&2
fi

if [ "$(id -u)" != 0 ]; then
    echo "container-engines.sh: needs root (it installs packages and starts dockerd)" >&2
    exit 1
fi

started_at=$(date +%s)
phase_at=$started_at
say() { echo "container-engines: $*"; }
phase_done() {
    local now; now=$(date +%s)
    say "$1 ($((now - phase_at)) s)"
    phase_at=$now
}

mkdir -p "$STATE_DIR" "$RUN_DIR"

# --- 1. Packages ---------------------------------------------------------------------
packages=(debootstrap busybox-static runc)
[ "$want_docker" = 1 ] && packages+=(docker.io)
[ "$want_podman" = 1 ] && packages+=(podman catatonit)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Debian's maintainer scripts try to start services; there may be no init system.
    policy_rc=/usr/sbin/policy-rc.d
    own_policy=0
    if [ ! -e "$policy_rc" ]; then
        printf '#!/bin/sh\nexit 101\n' > "$policy_rc"; chmod +x "$policy_rc"; own_policy=1
    fi
    if ! apt-get install -y -q --no-install-recommends "${missing[@]}"; then
        apt-get update -q
        apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
    [ "$own_policy" = 1 ] && rm -f "$policy_rc"
    phase_done "packages installed"
else
    say "packages already installed: ${packages[*]}"
fi

# --- 2. Docker engine ----------------------------------------------------------------
docker_cli() { DOCKER_HOST="unix://$DOCKER_SOCKET" docker "$@"; }

if [ "$want_docker" = 1 ]; then
    if docker_cli version >/dev/null 2>&1; then
        say "dockerd already running on $DOCKER_SOCKET"
    else
        pidfile="$RUN_DIR/dockerd.pid"
        if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            say "dockerd (pid $(cat "$pidfile")) does not answer; stopping it"
            kill "$(cat "$pidfile")" || true
            sleep 3
        fi
        rm -f "$pidfile" "$DOCKER_SOCKET"
        mkdir -p "$STATE_DIR/docker" "$RUN_DIR/docker-exec"
        say "starting dockerd (log: $STATE_DIR/dockerd.log)"
        # No firewall rules and no default bridge: steps run with --network none, model
        # servers publish port 8080 from a bridge network of the studio's own (docker-proxy);
        # ulimits fixed because the host's are unlimited.
        setsid /usr/sbin/dockerd \
            --iptables=false --ip6tables=false --bridge=none \
            --default-ulimit nofile=1024:1024 --default-ulimit nproc=4096:4096 \
            -H "unix://$DOCKER_SOCKET" \
            --data-root "$STATE_DIR/docker" --exec-root "$RUN_DIR/docker-exec" \
            --pidfile "$pidfile" \
            >>"$STATE_DIR/dockerd.log" 2>&1 </dev/null &
        for _ in $(seq 1 120); do
            docker_cli version >/dev/null 2>&1 && break
            sleep 0.5
        done
        if ! docker_cli version >/dev/null 2>&1; then
            say "dockerd did not come up; last lines of its log:"
            tail -n 30 "$STATE_DIR/dockerd.log" >&2
            exit 1
        fi
        phase_done "dockerd running on $DOCKER_SOCKET"
    fi
fi

# --- 3. Podman -----------------------------------------------------------------------
if [ "$want_podman" = 1 ]; then
    conf_dir=/etc/containers/containers.conf.d
    conf="$conf_dir/50-mlops-studio.conf"
    mkdir -p "$conf_dir"
    cat > "$conf.tmp" <<'EOF'
# Written by MLOps Studio's packaging/container-engines.sh: runc works where crun does
# not, and containers get fixed ulimits instead of the host's unlimited ones.
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]

[engine]
runtime = "runc"
EOF
    mv "$conf.tmp" "$conf"
    runtime=$(podman info --format '{{.Host.OCIRuntime.Name}}' 2>/dev/null || true)
    if [ "$runtime" != runc ]; then
        # Older readers of containers.conf ignore the .d folder; use the main file.
        say "podman ignores $conf_dir (runtime '$runtime'); writing /etc/containers/containers.conf"
        cp "$conf" /etc/containers/containers.conf
        runtime=$(podman info --format '{{.Host.OCIRuntime.Name}}')
    fi
    say "podman $(podman version --format '{{.Client.Version}}') uses runtime $runtime"
fi

# --- 4. Images -----------------------------------------------------------------------
image_exists() { # engine image
    if [ "$1" = docker ]; then docker_cli image inspect "$2" >/dev/null 2>&1
    else podman image exists "$2"; fi
}
import_image() { # engine tarball tag... (first tag imported, others added)
    local engine=$1 tarball=$2 first=$3; shift 3
    local changes=(--change 'ENV LANG=C.UTF-8'
                   --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
                   --change 'LABEL org.mlopsstudio.base=true')
    if [ "$engine" = docker ]; then
        docker_cli import "${changes[@]}" "$tarball" "$first" >/dev/null
        for tag in "$@"; do docker_cli tag "$first" "$tag"; done
    else
        podman import -q "${changes[@]}" "$tarball" "$first" >/dev/null
        for tag in "$@"; do podman tag "$first" "$tag"; done
    fi
}
engines=()
[ "$want_docker" = 1 ] && engines+=(docker)
[ "$want_podman" = 1 ] && engines+=(podman)

if [ "$want_images" = 1 ]; then
    mkdir -p "$STATE_DIR/images"

    # busybox-static: one binary and its applet links, plus passwd/group for --user.
    busybox_tar="$STATE_DIR/images/busybox.tar"
    if [ ! -s "$busybox_tar" ]; then
        root="$STATE_DIR/images/busybox.rootfs"
        rm -rf "$root"
        mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/opt/ml"
        chmod 1777 "$root/tmp"
        cp /bin/busybox "$root/bin/busybox"
        for applet in $("$root/bin/busybox" --list); do
            [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
        done
        printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$root/etc/passwd"
        printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
        tar -C "$root" -cf "$busybox_tar.tmp" .
        mv "$busybox_tar.tmp" "$busybox_tar"
        rm -rf "$root"
        phase_done "busybox root file system packed"
    fi
    busybox_version=$(/bin/busybox 2>&1 | sed -n '1s/^BusyBox v\([0-9]*\.[0-9]*\).*/\1/p')
    for engine in "${engines[@]}"; do
        if image_exists "$engine" "mlops/busybox:$busybox_version"; then
            say "$engine: mlops/busybox:$busybox_version present"
        else
            import_image "$engine" "$busybox_tar" "mlops/busybox:$busybox_version" mlops/busybox:latest
            phase_done "$engine: imported mlops/busybox:$busybox_version"
        fi
    done

    # Debian minbase with Python and the scientific stack, from the Debian mirror.
    python_tar="$STATE_DIR/images/python-$SUITE.tar"
    if [ ! -s "$python_tar" ]; then
        mirror=${MLOPS_DEBIAN_MIRROR:-}
        if [ -z "$mirror" ]; then
            mirror=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
                     | grep -v security | grep -oE 'https?://[^ ]*/debian/?' | head -n 1 || true)
            mirror=${mirror:-http://deb.debian.org/debian}
        fi
        root="$STATE_DIR/images/python.rootfs"
        rm -rf "$root"
        # Packages apt already downloaded for the host need not come from the mirror again.
        deb_cache="$STATE_DIR/debs"
        mkdir -p "$deb_cache"
        for deb in /var/cache/apt/archives/*.deb; do
            [ -e "$deb" ] || continue
            [ -e "$deb_cache/${deb##*/}" ] || ln "$deb" "$deb_cache/" 2>/dev/null || true
        done
        say "debootstrap $SUITE minbase with $PYTHON_PACKAGES from $mirror"
        debootstrap_failed() {
            say "debootstrap failed; last lines of $STATE_DIR/debootstrap.log:"
            tail -n 30 "$STATE_DIR/debootstrap.log" >&2
            exit 1
        }
        # Two stages, so dpkg in the second can skip fsync: the tree is packed right after,
        # so syncing each file of ~180 packages to disk is wasted work.
        debootstrap --foreign --variant=minbase --cache-dir="$deb_cache" --include="$PYTHON_PACKAGES" \
            "$SUITE" "$root" "$mirror" >"$STATE_DIR/debootstrap.log" 2>&1 || debootstrap_failed
        mkdir -p "$root/etc/dpkg/dpkg.cfg.d"
        echo force-unsafe-io > "$root/etc/dpkg/dpkg.cfg.d/mlops-unsafe-io"
        chroot "$root" /debootstrap/debootstrap --second-stage >>"$STATE_DIR/debootstrap.log" 2>&1 \
            || debootstrap_failed
        rm -f "$root/etc/dpkg/dpkg.cfg.d/mlops-unsafe-io"
        rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/tmp/*
        # python3-scipy depends on pythran, which pulls a C++ compiler and Boost headers
        # that nothing needs at run time; documentation and translations go too (a third of the size).
        rm -rf "$root"/usr/include/boost "$root"/usr/lib/gcc "$root"/usr/bin/*-lto-dump-* \
               "$root"/usr/share/man "$root"/usr/share/info "$root"/usr/share/locale
        find "$root"/usr/share/doc -type f ! -name copyright -delete 2>/dev/null || true
        mkdir -p "$root/opt/ml"
        tar -C "$root" --numeric-owner -cf "$python_tar.tmp" .
        mv "$python_tar.tmp" "$python_tar"
        rm -rf "$root"
        phase_done "python root file system built ($(du -m "$python_tar" | cut -f1) MB)"
    fi
    python_version=$(tar -tf "$python_tar" | sed -n 's|^\./usr/bin/python\(3\.[0-9]*\)$|\1|p' | head -n 1)
    python_version=${python_version:-3}
    for engine in "${engines[@]}"; do
        if image_exists "$engine" "mlops/python:$python_version"; then
            say "$engine: mlops/python:$python_version present"
        else
            import_image "$engine" "$python_tar" "mlops/python:$python_version" mlops/python:latest
            phase_done "$engine: imported mlops/python:$python_version"
        fi
    done

    # A container must actually start on each engine.
    for engine in "${engines[@]}"; do
        if [ "$engine" = docker ]; then out=$(docker_cli run --rm --network none mlops/busybox:latest echo ok 2>&1 || true)
        else out=$(podman run --rm --network none mlops/busybox:latest echo ok 2>&1 || true); fi
        if [ "$out" != ok ]; then
            say "$engine cannot run a container: $out"
            exit 1
        fi
    done
    phase_done "both engines run containers"
fi

# --- Summary ---------------------------------------------------------------------------
printf 'export DOCKER_HOST=unix://%s\n' "$DOCKER_SOCKET" > "$RUN_DIR/env.tmp"
mv "$RUN_DIR/env.tmp" "$RUN_DIR/env"
say "summary:"
if [ "$want_docker" = 1 ]; then
    say "  docker  server $(docker_cli version --format '{{.Server.Version}}')  socket $DOCKER_SOCKET"
    docker_cli images --format '    {{.Repository}}:{{.Tag}}  {{.ID}}  {{.Size}}' | grep mlops/ || true
fi
if [ "$want_podman" = 1 ]; then
    say "  podman  $(podman version --format '{{.Client.Version}}')  (rootful, runtime runc)"
    podman images --format '    {{.Repository}}:{{.Tag}}  {{.ID}}  {{.Size}}' | grep mlops/ || true
fi
say "done in $(( $(date +%s) - started_at )) s"
say "to reach the Docker engine: export DOCKER_HOST=unix://$DOCKER_SOCKET  (or: source $RUN_DIR/env)"

if [ "$print_env" = 1 ]; then
    cat "$RUN_DIR/env" >&3
fi
