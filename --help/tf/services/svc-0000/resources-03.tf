resource "aws_s3_bucket" "r3_0" {
  name = "${local.name}-3-0"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 47338 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r3_1" {
  name = "${local.name}-3-1"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 62126 for benchmarks; mentions 0.0.0.0/0 only in text"
}

