resource "aws_cloudwatch_log_group" "r19_0" {
  name = "${local.name}-19-0"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 85887 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r19_1" {
  name = "${local.name}-19-1"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 88867 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r19_2" {
  name = "${local.name}-19-2"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 24963 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r19_3" {
  name = "${local.name}-19-3"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 61806 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r19_4" {
  name = "${local.name}-19-4"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 55227 for benchmarks; mentions 0.0.0.0/0 only in text"
}

