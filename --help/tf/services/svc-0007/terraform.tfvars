environment   = "prod"
allowed_cidrs = ["10.0.0.0/8"]
