environment   = "prod"
allowed_cidrs = ["10.20.0.0/16"]
