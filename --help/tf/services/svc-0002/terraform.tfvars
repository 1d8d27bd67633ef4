environment   = "prod"
allowed_cidrs = ["192.168.0.0/16"]
